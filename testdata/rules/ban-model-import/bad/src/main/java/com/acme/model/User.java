package com.acme.model;

/** The application's entity: it changes with the application, the migration must not. */
public class User {
    private long id;
    private String email;

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }
}
