package com.acme.model;

/** The application's user entity: it changes with the application, so migrations must not use it. */
public class User {
    private long id;
    private String email;
    private String displayName;

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }
}
