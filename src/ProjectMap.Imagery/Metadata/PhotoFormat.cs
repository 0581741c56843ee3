namespace ProjectMap.Imagery.Metadata;

/// <summary>The container formats ProjectMap reads drone photos from.</summary>
public enum PhotoFormat
{
    /// <summary>JPEG (JFIF/EXIF), what drones write for ordinary photos.</summary>
    Jpeg,

    /// <summary>TIFF, e.g. the band images of multispectral drones.</summary>
    Tiff,
}
