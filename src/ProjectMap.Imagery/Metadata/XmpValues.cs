using System.Globalization;

namespace ProjectMap.Imagery.Metadata;

/// <summary>Typed look-ups in an <see cref="XmpPacket"/> that record their source and note values that do not parse.</summary>
internal sealed class XmpValues(XmpPacket packet, List<string> notes)
{
    /// <summary>A number written with InvariantCulture (DJI writes "+45.30"); NaN and infinities are kept for validation downstream.</summary>
    public Sourced<double>? Number(string namespaceUri, string name)
    {
        var text = packet.Get(namespaceUri, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return new Sourced<double>(v, $"XMP {Prefix(namespaceUri)}:{name}");
        }

        notes.Add($"XMP {Prefix(namespaceUri)}:{name} = '{PhotoMetadataReader.Printable(text)}' is not a number; ignored");
        return null;
    }

    /// <summary>A text property, or null.</summary>
    public Sourced<string>? Text(string namespaceUri, string name) =>
        packet.Get(namespaceUri, name) is { Length: > 0 } s ? new Sourced<string>(PhotoMetadataReader.Printable(s), $"XMP {Prefix(namespaceUri)}:{name}") : null;

    private static string Prefix(string namespaceUri) => namespaceUri switch
    {
        XmpNamespaces.Dji => "drone-dji",
        XmpNamespaces.Parrot => "drone-parrot",
        XmpNamespaces.Pix4DCamera => "Camera",
        XmpNamespaces.Skydio => "drone-skydio",
        XmpNamespaces.Tiff => "tiff",
        _ => namespaceUri,
    };
}
