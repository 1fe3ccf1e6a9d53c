package com.gasline.group.api.rest;

import java.util.Map;

/** One branch's figures by measure id; a measure of a module the branch does not run is absent. */
public record BranchFigures(String branch, String name, Map<String, Double> figures) {
}
