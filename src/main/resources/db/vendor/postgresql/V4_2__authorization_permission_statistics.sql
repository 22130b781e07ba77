-- PostgreSQL only. Camunda's authorization check in every task query keeps the grants that carry a
-- permission with "PERMS_ & 2 = 2" (READ on a task) or "PERMS_ & 64 = 64" (READ_TASK on a process
-- definition). PostgreSQL has no statistics for such expressions and guesses that 0.5 % of the rows
-- match; with one grant per open task (the candidate group's, created by Camunda) that guess is
-- thousands of rows off, and the planner reads the whole ACT_RU_AUTHORIZATION table for every inbox
-- query (100,000 open tasks: 0.1-0.2 s per "Việc của đơn vị"). Statistics on the two expressions
-- (PostgreSQL 14 or later), refreshed by ANALYZE like any other, let it look up the grants of the
-- fifteen tasks on the page instead. See docs/benchmarks.md, notes.
create statistics if not exists gv_stat_authorization_read_permissions
    on (perms_ & 2), (perms_ & 64) from act_ru_authorization;
