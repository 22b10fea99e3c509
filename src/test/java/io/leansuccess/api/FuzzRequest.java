package io.leansuccess.api;

/** One generated request: its path is sent as it is, already encoded. */
record FuzzRequest(String method, String path, String contentType, String body, String what) {

  ApiClient.Answer sendWith(ApiClient client) {
    return client.send(method, path, contentType, body);
  }

  @Override
  public String toString() {
    String shown =
        body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    return method
        + " "
        + (path.length() > 200 ? path.substring(0, 200) + "..." : path)
        + " ("
        + what
        + ")"
        + shown;
  }
}
