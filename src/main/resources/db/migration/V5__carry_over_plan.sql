-- A plan created at a year end to receive the tasks carried over when no plan of the next year had
-- been imported ("Nhiệm vụ chuyển tiếp từ Kế hoạch … năm N"): carried_from_plan is the plan they came
-- from; null for imported plans. A later import of the next year's plan is not refused because of it.
alter table plan add column carried_from_plan bigint;
