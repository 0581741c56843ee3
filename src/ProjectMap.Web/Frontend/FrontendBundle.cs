using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Embedded;
using Microsoft.Extensions.Primitives;

namespace ProjectMap.Web.Frontend;

/// <summary>
/// The viewer's front end (HTML pages and the hashed JS/CSS assets Vite wrote to wwwroot/), served from this assembly's
/// embedded resources named <c>wwwroot/…</c>. When the bundle was not built before compiling, <see cref="IsBuilt"/> is
/// false and the pages say how to build it.
/// </summary>
public sealed class FrontendBundle : IFileProvider
{
    private const string Prefix = "wwwroot/";
    private readonly Assembly _assembly = typeof(FrontendBundle).Assembly;
    private readonly HashSet<string> _names;
    private readonly DateTimeOffset _built;

    /// <summary>Indexes the embedded files.</summary>
    public FrontendBundle()
    {
        _names = [.. _assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))];
        var location = _assembly.Location;
        _built = string.IsNullOrEmpty(location) ? DateTimeOffset.UtcNow : File.GetLastWriteTimeUtc(location);
    }

    /// <summary>What to do when the bundle is missing.</summary>
    public const string MissingMessage =
        "The viewer's front end was not built into this program: run scripts/setup.sh (or, in src/ProjectMap.Web/ClientApp, npm ci && npm run build), then build again.";

    /// <summary>True when the pages are embedded.</summary>
    public bool IsBuilt => _names.Contains(Prefix + "index.html");

    /// <summary>The embedded paths, relative to wwwroot.</summary>
    public IEnumerable<string> Paths => _names.Select(n => n[Prefix.Length..]);

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath)
    {
        ArgumentNullException.ThrowIfNull(subpath);
        var name = Prefix + subpath.TrimStart('/');
        return _names.Contains(name) ? new EmbeddedResourceFileInfo(_assembly, name, Path.GetFileName(name), _built) : new NotFoundFileInfo(subpath);
    }

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
