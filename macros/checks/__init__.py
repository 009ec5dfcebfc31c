"""Records and pages checked, each problem as `file:line: what is wrong, what to do`: the
facts against their evidence, every page's calls and text, the translation against the English."""
