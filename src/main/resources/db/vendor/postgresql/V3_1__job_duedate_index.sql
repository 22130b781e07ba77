-- PostgreSQL only (spring.flyway.locations: db/vendor/{vendor}); versions are shared with db/migration.
-- The job executor acquires by due date (jobExecutorAcquireByDueDate=true in application-postgres.yaml):
-- its acquisition query orders ACT_RU_JOB by DUEDATE_, and Camunda recommends an index on that column
-- for it. Camunda 7.24's own create script (org/camunda/bpm/engine/db/create/
-- activiti.postgres.create.engine.sql in camunda-engine) indexes ACT_RU_JOB on EXECUTION_ID_,
-- HANDLER_TYPE_/HANDLER_CFG_, PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, TENANT_ID_, JOB_DEF_ID_,
-- EXCEPTION_STACK_ID_ and HANDLER_TYPE_, but not on DUEDATE_. Runs after Camunda created its tables
-- (vn.giaoviec.db.FlywayAfterProcessEngine); "if not exists" keeps it harmless should a later
-- Camunda version or a DBA add the same index.
create index if not exists act_idx_job_duedate on act_ru_job (duedate_);
