using ProjectMap.Web.Basemaps;
using ProjectMap.Web.Uploads;

namespace ProjectMap.Web;

/// <summary>How <c>projectmap serve</c> runs the viewer: addresses, anonymous reading, title, basemaps and where login keys live.</summary>
public sealed record ViewerOptions
{
    /// <summary>The default address: loopback only, port 5080.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The addresses Kestrel listens on (port 0 picks a free port); loopback unless the operator says otherwise.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>When true anyone may read (public progress boards); writes still need a login with the right role.</summary>
    public bool AllowAnonymousRead { get; init; }

    /// <summary>The title shown in the header and the browser tab, or null for the default (重点项目一张图 / Key Projects Map).</summary>
    public string? Title { get; init; }

    /// <summary>The basemaps users may switch to; empty means our layers on a plain background and no external request at all.</summary>
    public IReadOnlyList<BasemapSettings> Basemaps { get; init; } = [];

    /// <summary>The id of the basemap shown first, or null for none.</summary>
    public string? DefaultBasemap { get; init; }

    /// <summary>The folder for the keys that protect login cookies (kept across restarts), or null for ASP.NET Core's default location.</summary>
    public string? KeysDirectory { get; init; }

    /// <summary>The PBKDF2 iteration count for passwords set through the web (see Application's PasswordHasher).</summary>
    public int PasswordIterations { get; init; } = Application.Users.PasswordHasher.DefaultIterations;

    /// <summary>How long a login lasts without activity, in minutes (sliding).</summary>
    public int SessionMinutes { get; init; } = 8 * 60;

    /// <summary>
    /// The photo file store's folder (originals/, quarantine/; see <c>PhotoFileStore</c>), or null when the server has
    /// none: footprints are still shown from the store, but originals cannot be opened and uploads are refused.
    /// </summary>
    public string? PhotoFilesRoot { get; init; }

    /// <summary>
    /// The tiles root that <c>projectmap tiles build</c> writes (<c>{project}/{yyyy-MM}/{z}/{x}/{y}.png</c>), or null for
    /// none: the viewer then shows footprints but no imagery tiles.
    /// </summary>
    public string? TilesRoot { get; init; }

    /// <summary>The writer behind the viewer's monthly report download (<c>/api/reports/monthly</c>), or null for none (the button is hidden).</summary>
    public Reports.IMonthlyReportFiles? MonthlyReports { get; init; }

    /// <summary>Limits of the photo upload (file size, unfinished uploads, chunk size, expiry).</summary>
    public UploadLimits Uploads { get; init; } = UploadLimits.Default;
}
