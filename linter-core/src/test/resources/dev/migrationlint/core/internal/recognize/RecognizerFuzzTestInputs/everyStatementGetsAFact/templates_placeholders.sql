SELECT {{ .prefix }}x FROM y WHERE a = ${placeholder} AND b = :name AND c = ?;
SELECT $1::text, a->>b, 1.5e3;
