package com.acme;

record User(long id) {
}
