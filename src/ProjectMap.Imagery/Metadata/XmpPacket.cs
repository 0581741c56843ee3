using System.Text;
using System.Xml;

namespace ProjectMap.Imagery.Metadata;

/// <summary>
/// The properties of one XMP packet, keyed by namespace URI and property name; nested struct fields are keyed
/// <c>Parent/Field</c> (e.g. Skydio's <c>CameraOrientationNED/Yaw</c>). Parsing is safe against hostile packets: a
/// DOCTYPE or ENTITY declaration is refused before any XML parsing (no DTD, no external or internal entities, so no
/// XXE and no entity expansion), the XML reader itself prohibits DTDs and resolves nothing, and a packet larger than
/// <see cref="MaxPacketBytes"/> is refused.
/// </summary>
public sealed class XmpPacket
{
    /// <summary>The largest XMP packet read, in bytes (1 MiB; drone packets are 2–20 KiB).</summary>
    public const int MaxPacketBytes = 1 << 20;

    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string MetaNamespace = "adobe:ns:meta/";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 4L * MaxPacketBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private readonly Dictionary<(string Namespace, string Name), string> _values;

    private XmpPacket(Dictionary<(string Namespace, string Name), string> values) => _values = values;

    /// <summary>An empty packet (the file had no XMP).</summary>
    public static XmpPacket Empty { get; } = new([]);

    /// <summary>Number of properties read.</summary>
    public int Count => _values.Count;

    /// <summary>
    /// Parses a packet; throws <see cref="PhotoRejectedException"/> when it declares a DTD or entities, is too large or
    /// is not well-formed XML.
    /// </summary>
    public static XmpPacket Parse(ReadOnlySpan<byte> packet)
    {
        if (packet.Length > MaxPacketBytes)
        {
            throw new PhotoRejectedException($"XMP packet of {packet.Length} bytes is larger than the {MaxPacketBytes} bytes allowed");
        }

        if (ContainsAscii(packet, "<!DOCTYPE") || ContainsAscii(packet, "<!ENTITY"))
        {
            throw new PhotoRejectedException("XMP packet declares a DTD or entities (<!DOCTYPE/<!ENTITY>); refused, XMP never needs them (possible XXE attack)");
        }

        var values = new Dictionary<(string, string), string>();
        try
        {
            using var stream = new MemoryStream(packet.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            Walk(reader, values);
        }
        catch (XmlException e)
        {
            throw new PhotoRejectedException($"XMP packet is not well-formed XML or uses a DTD ({e.Message})", e);
        }

        return new XmpPacket(values);
    }

    /// <summary>
    /// The trimmed text of a property, or null. <paramref name="namespaceUri"/> is matched exactly and also with or
    /// without a trailing slash, because vendors write both forms of the same namespace.
    /// </summary>
    public string? Get(string namespaceUri, string name)
    {
        ArgumentNullException.ThrowIfNull(namespaceUri);
        if (_values.TryGetValue((namespaceUri, name), out var v))
        {
            return v;
        }

        var alternative = namespaceUri.EndsWith('/') ? namespaceUri[..^1] : namespaceUri + "/";
        return _values.TryGetValue((alternative, name), out v) ? v : null;
    }

    /// <summary>Every property as (namespace URI, name, value), for diagnostics.</summary>
    public IEnumerable<(string Namespace, string Name, string Value)> All() => _values.Select(kv => (kv.Key.Namespace, kv.Key.Name, kv.Value));

    private static void Walk(XmlReader reader, Dictionary<(string, string), string> values)
    {
        // The stack holds, per open element, the property path it stands for ("" for rdf/x container elements).
        var stack = new List<(string Namespace, string Path)>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var parent = stack.Count > 0 ? stack[^1] : (Namespace: string.Empty, Path: string.Empty);
                    var isContainer = reader.NamespaceURI is RdfNamespace or MetaNamespace;
                    var path = isContainer ? parent.Path : Join(parent.Path, reader.LocalName);
                    var ns = isContainer ? parent.Namespace : reader.NamespaceURI;
                    if (reader.HasAttributes)
                    {
                        for (var i = 0; i < reader.AttributeCount; i++)
                        {
                            reader.MoveToAttribute(i);
                            if (reader.NamespaceURI is XmlnsNamespace or XmlNamespace or RdfNamespace or MetaNamespace || reader.NamespaceURI.Length == 0)
                            {
                                continue;
                            }

                            values.TryAdd((reader.NamespaceURI, Join(path, reader.LocalName)), reader.Value.Trim());
                        }

                        reader.MoveToElement();
                    }

                    if (!reader.IsEmptyElement)
                    {
                        stack.Add((ns, path));
                    }

                    break;
                }

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    if (stack.Count > 0 && stack[^1].Path.Length > 0)
                    {
                        values.TryAdd((stack[^1].Namespace, stack[^1].Path), reader.Value.Trim());
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "/" + name;

    private static bool ContainsAscii(ReadOnlySpan<byte> haystack, string needle)
    {
        Span<byte> upper = stackalloc byte[needle.Length];
        Span<byte> lower = stackalloc byte[needle.Length];
        Encoding.ASCII.GetBytes(needle.ToUpperInvariant(), upper);
        Encoding.ASCII.GetBytes(needle.ToLowerInvariant(), lower);
        for (var i = haystack.IndexOf((byte)'<'); i >= 0 && i <= haystack.Length - needle.Length; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                var b = haystack[i + j];
                match = b == upper[j] || b == lower[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
