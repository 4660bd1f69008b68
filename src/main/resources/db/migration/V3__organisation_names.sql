-- Display names of the agencies and customs units: configuration an admin edits, never constants in the code.
-- The CITES authority's name changes with the government's structure (SAEPF until December 2024, then the ministry).
create table organisation_name (
    code     varchar(40)  not null primary key,
    kind     varchar(10)  not null,
    name_en  varchar(300) not null,
    name_ru  varchar(300) not null,
    name_ky  varchar(300),
    version  bigint       not null,
    constraint organisation_name_kind check (kind in ('AGENCY', 'UNIT'))
);

insert into organisation_name (code, kind, name_en, name_ru, name_ky, version) values
    ('CUSTOMS', 'AGENCY', 'State Customs Service of the Kyrgyz Republic',
        'Государственная таможенная служба Кыргызской Республики', null, 0),
    ('CITES_AUTHORITY', 'AGENCY',
        'Ministry of Natural Resources, Ecology and Technical Supervision of the Kyrgyz Republic (CITES Management Authority)',
        'Министерство природных ресурсов, экологии и технического надзора Кыргызской Республики (административный орган СИТЕС)',
        null, 0),
    ('BIS', 'UNIT', 'Port Control Unit Bishkek', 'Отдел портового контроля Бишкек', null, 0),
    ('OSH', 'UNIT', 'Port Control Unit Osh', 'Отдел портового контроля Ош', null, 0);
