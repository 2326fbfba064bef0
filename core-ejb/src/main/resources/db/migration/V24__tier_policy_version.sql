-- Optimistic locking of tier service policies (README, Concurrency and retention): each row carries the tier's
-- revision, 0 for the rows shipped by V8 and one more with each change. A change sends the revision it was read at and
-- is refused with the current values when the tier changed since; ending a row also checks it as the lock version.
-- Playbook rules, tasks, tickets, users and the service calendar have their version columns already (V12, V17, V16,
-- V23).
ALTER TABLE tier_service_policy ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
