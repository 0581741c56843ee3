namespace ProjectMap.Imagery.Metadata;

/// <summary>A metadata value with where it came from, so every figure ProjectMap derives can be traced to a tag.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value, in the unit the property that holds it names.</param>
/// <param name="Source">The tag it was read from, e.g. <c>XMP drone-dji:RelativeAltitude</c> or <c>EXIF GPSLatitude</c>.</param>
public sealed record Sourced<T>(T Value, string Source)
{
    /// <inheritdoc />
    public override string ToString() => $"{Value} ({Source})";
}
