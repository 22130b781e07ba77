-- Every Tasklist filter of ours ("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn") sorts by
-- due date and shows the first page. Camunda 7.24 indexes ACT_RU_TASK on CREATE_TIME_, LAST_UPDATED_,
-- ASSIGNEE_, OWNER_, TENANT_ID_, EXECUTION_ID_, PROC_INST_ID_ and PROC_DEF_ID_, not on DUE_DATE_: the
-- agency inbox then joins and sorts every open task of the province to show fifteen. With this index
-- the database walks the tasks in due-date order and stops at the first page (measured with 100,000
-- open tasks on PostgreSQL: docs/benchmarks.md, notes). "if not exists": harmless should a later
-- Camunda version or a DBA add the same index.
create index if not exists gv_idx_task_duedate on act_ru_task (due_date_);
