package com.gasline.inspections.api.rest;

/** A visit ends inspected, with nobody at home (到访不遇) or refused by the customer (拒检). */
public enum VisitResult {
    INSPECTED, NO_ACCESS, REFUSED
}
