package com.gasline.group.api.rest;

/** A branch's place in a ranking (equal figures share a rank). */
public record RankLine(int rank, String branch, String name, double value, Band band) {
}
