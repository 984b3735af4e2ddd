INSERT INTO t VALUES ('it''s', E'a\'b', U&'d\0061t', $q$x;y$q$);
-- comment ; here
/* block /* nested */ ; */ SELECT 1;
