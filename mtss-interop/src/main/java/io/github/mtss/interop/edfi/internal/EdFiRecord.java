package io.github.mtss.interop.edfi.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of an Ed-Fi resource as read from a file: an API JSON document, or an XML
 * interchange element turned into the same tree (element names in lower camel case, repeated
 * elements as arrays).
 *
 * @param resource the API resource name, e.g. {@code studentSchoolAttendanceEvents}
 * @param file the file's name as shown in messages
 * @param line the line where the record starts
 * @param index the record's 1-based position among the file's records
 * @param node the record's fields
 */
record EdFiRecord(String resource, String file, long line, long index, JsonNode node) {

  /** Where the record is, for messages: {@code file:line}. */
  public String where() {
    return file + ":" + line;
  }
}
