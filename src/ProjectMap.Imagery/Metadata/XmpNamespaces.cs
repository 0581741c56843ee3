namespace ProjectMap.Imagery.Metadata;

/// <summary>
/// XMP namespace URIs ProjectMap reads. Properties are looked up by URI, never by prefix: a file may bind any prefix.
/// </summary>
public static class XmpNamespaces
{
    /// <summary>DJI drones (prefix usually <c>drone-dji</c>): RelativeAltitude, Gimbal*/Flight* degrees, calibrated intrinsics, RTK.</summary>
    public const string Dji = "http://www.dji.com/drone-dji/1.0/";

    /// <summary>Parrot drones (prefix usually <c>drone-parrot</c>): CameraYawDegree/CameraPitchDegree/CameraRollDegree.</summary>
    public const string Parrot = "http://www.parrot.com/drone-parrot/1.0/";

    /// <summary>
    /// The Pix4D camera namespace Parrot (Sequoia, Anafi) writes as <c>Camera:</c>: Yaw, Pitch, Roll in Pix4D's
    /// convention (pitch 0 = looking straight down) and AboveGroundAltitude. Written with and without the trailing slash.
    /// </summary>
    public const string Pix4DCamera = "http://pix4d.com/camera/1.0/";

    /// <summary>Skydio drones (prefix usually <c>drone-skydio</c>): CameraOrientationNED with Yaw, Pitch, Roll.</summary>
    public const string Skydio = "https://www.skydio.com/drone-skydio/1.0/";

    /// <summary>Adobe TIFF properties in XMP (tiff:Make, tiff:Model) used when EXIF lacks them.</summary>
    public const string Tiff = "http://ns.adobe.com/tiff/1.0/";
}
