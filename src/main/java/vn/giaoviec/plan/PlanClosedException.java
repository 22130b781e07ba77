package vn.giaoviec.plan;

/** A plan whose year has already ended: it cannot be closed a second time. */
public class PlanClosedException extends RuntimeException {

    public PlanClosedException(long id) {
        super("Kế hoạch số " + id + " đã kết thúc năm kế hoạch; không thể kết thúc lần nữa");
    }
}
