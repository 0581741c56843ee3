using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ProjectMap.Web.Uploads;

/// <summary>
/// One file being uploaded, as kept on disk beside its received bytes so an upload survives a dropped connection, a
/// closed page and a server restart: who started it, for which project, its name and size, the SHA-256 the browser
/// gave, and once finished, the ingest's result.
/// </summary>
public sealed record UploadSession
{
    /// <summary>The upload's id: 32 random hexadecimal digits.</summary>
    public required string Id { get; init; }

    /// <summary>The login name (lower case) of the user who started it; only they may continue it.</summary>
    public required string Owner { get; init; }

    /// <summary>The file name as sent (display only).</summary>
    public required string FileName { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public required long Size { get; init; }

    /// <summary>The project it is for, or null (admins: the parcel it covers most).</summary>
    public string? Project { get; init; }

    /// <summary>The SHA-256 the browser computed, or null.</summary>
    public string? Sha256 { get; init; }

    /// <summary>When it was started (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The ingest's result once finished (the same object the completion answered), or null while receiving.</summary>
    public JsonObject? Result { get; init; }

    /// <summary>True once the file was ingested (or found already stored).</summary>
    [JsonIgnore]
    public bool Finished => Result is not null;
}
