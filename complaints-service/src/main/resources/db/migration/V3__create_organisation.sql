-- The companies complained about, from a list staff maintain (the public form offers it; a
-- complainant may also type a company in). Seeded with the large platforms' EU entities, the
-- controllers that answer for their users in the EU/EEA. Fixed ids, the same in every database.
create table organisation (
    id         uuid        primary key,
    name       text        not null unique,
    country    text        not null,  -- ISO 3166-1 alpha-2 of its seat
    eu_entity  boolean     not null,  -- the group's establishment in the EU/EEA
    created_at timestamptz not null
);

insert into organisation (id, name, country, eu_entity, created_at) values
    ('fdac1450-7fdd-4f96-9bc6-83f6af27aec2', 'Meta Platforms Ireland Ltd', 'IE', true, now()),
    ('753c4b39-3949-4cdf-9329-3d5b273a97d2', 'Google Ireland Ltd', 'IE', true, now()),
    ('569f00b0-7523-4d41-9920-4cf8c7d66999', 'Microsoft Ireland Operations Ltd', 'IE', true, now()),
    ('e36dd3b5-a29e-4a5b-ba9f-4602f8c65db0', 'TikTok Technology Ltd', 'IE', true, now()),
    ('56537c18-ee2e-4e6a-aba0-e9c9af5732c2', 'Amazon Europe Core S.à r.l.', 'LU', true, now()),
    ('52c5c4d9-73e9-40c8-afc6-1479fe5bfc2c', 'Apple Distribution International Ltd', 'IE', true, now()),
    ('2854cad5-7867-42ef-9db3-bdf3176958db', 'X Internet Unlimited Company (formerly Twitter International Unlimited Company)', 'IE', true, now()),
    ('64f6d04b-d833-4c07-aa38-062000783d3d', 'LinkedIn Ireland Unlimited Company', 'IE', true, now());
