package jakarta.persistence;

/** A stand-in for JPA's EntityManager. */
public interface EntityManager {
    <T> T find(Class<T> type, Object id);

    void persist(Object entity);
}
