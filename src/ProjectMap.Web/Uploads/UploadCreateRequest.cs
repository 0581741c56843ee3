namespace ProjectMap.Web.Uploads;

/// <summary>The start of one file's upload.</summary>
/// <param name="FileName">The file's name on the officer's computer (shown and recorded; never used as a path).</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Project">The project the photo is for: required for officers (one of their assigned projects), optional for admins (null: the parcel it covers most).</param>
/// <param name="Sha256">The SHA-256 of the whole file as 64 hex digits, when the browser computed it: the server then refuses bytes that differ and answers at once when the photo is already stored.</param>
public sealed record UploadCreateRequest(string? FileName, long? Size, string? Project, string? Sha256);
