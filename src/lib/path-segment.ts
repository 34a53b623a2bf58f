/** A path segment decoded as the router decodes it; as it is when it is not valid encoding. */
export function decodedSegment(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
