package com.gasline.group.api.rest;

import java.util.List;

/** The branches a version was issued to, and those of them that follow the latest and so adopted it at once. */
public record Issued(String kind, int version, List<String> branches, List<String> adopted) {
}
