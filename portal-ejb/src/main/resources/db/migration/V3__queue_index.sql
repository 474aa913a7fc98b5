-- The chamber queue reads a chamber's applications newest (or oldest) first, a page at a time:
-- an index in that order lets PostgreSQL stop after the page instead of sorting the whole queue.
create index co_application_chamber_submitted on co_application (tenant, chamber_id, submitted_at, id);
