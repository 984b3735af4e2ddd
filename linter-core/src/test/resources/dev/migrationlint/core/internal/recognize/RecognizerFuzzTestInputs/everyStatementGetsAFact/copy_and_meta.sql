COPY t (a, b) FROM stdin;
1	one
2	two
\.
\set ON_ERROR_STOP on
SELECT 1;
