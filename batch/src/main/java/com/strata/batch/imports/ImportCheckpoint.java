package com.strata.batch.imports;

import java.io.Serializable;

/** How far the reader got: the number of data rows handed out, all of them in committed chunks. */
public record ImportCheckpoint(long rowsRead) implements Serializable {}
