package cn.sz.dataexchange.api.shared;

/** Which page of a list a caller asks for. Sizes are bounded so no request reads a whole table. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Validates raw query parameters; absent ones take their defaults. */
    public static Result<PageQuery> of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            return Result.refused(Refusal.invalidField("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            return Result.refused(Refusal.invalidField("size", "must be between 1 and " + MAX_SIZE));
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            return Result.refused(Refusal.invalidField("page", "is too large"));
        }
        return Result.accepted(new PageQuery(p, s));
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> page(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
