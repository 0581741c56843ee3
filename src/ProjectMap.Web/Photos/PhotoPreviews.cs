using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace ProjectMap.Web.Photos;

/// <summary>
/// Downscaled JPEG copies of stored originals for the viewer's photo timeline and photo window, so a leader's browser
/// does not fetch 10–20 MB originals to show a thumbnail. Made once per photo and size and kept beside the originals
/// under <c>previews/ab/&lt;sha256&gt;-&lt;size&gt;.jpg</c> (the name follows from the photo's bytes, so a kept copy is
/// never stale); at most two are made at a time.
/// </summary>
public sealed class PhotoPreviews
{
    /// <summary>The sizes offered: the longest side in pixels.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [320, 1600];

    private readonly SemaphoreSlim _gate = new(2);

    /// <summary>The preview of an original (absolute path) at a size from <see cref="Sizes"/>, made if missing; returns its absolute path.</summary>
    public async Task<string> GetAsync(string filesRoot, string sha256, string originalPath, int size, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(filesRoot);
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        if (!Sizes.Contains(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "preview sizes are " + string.Join(", ", Sizes));
        }

        var path = Path.Combine(filesRoot, "previews", sha256[..2], $"{sha256}-{size}.jpg");
        if (File.Exists(path))
        {
            return path;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                using (var image = await Image.LoadAsync(originalPath, cancellationToken).ConfigureAwait(false))
                {
                    image.Mutate(x => x.AutoOrient());
                    if (image.Width > size || image.Height > size)
                    {
                        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(size, size), Mode = ResizeMode.Max }));
                    }

                    image.Metadata.ExifProfile = null;
                    image.Metadata.XmpProfile = null;
                    await image.SaveAsJpegAsync(temp, new JpegEncoder { Quality = 82 }, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temp, path, overwrite: true);
                return path;
            }
            finally
            {
                File.Delete(temp);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
