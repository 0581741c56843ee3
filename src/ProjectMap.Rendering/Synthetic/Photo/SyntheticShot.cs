using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic.Scene;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>One synthetic photo to make: file name, target project, camera, output width, pose, look and ground markers.</summary>
/// <param name="FileStem">File name without extension, for example DJI_0001.</param>
/// <param name="Project">The project the shot documents (the sidecar names it; the world shows every project in view).</param>
/// <param name="Camera">The camera model.</param>
/// <param name="WidthPx">Output width in pixels (height follows the sensor's aspect ratio).</param>
/// <param name="Pose">Camera pose; snapped to the metadata precision before rendering.</param>
/// <param name="Look">Weather and exposure.</param>
/// <param name="Markers">Markers painted on the ground (survey targets).</param>
/// <param name="Kind">A label for the kind of shot: nadir, rotated or oblique.</param>
public sealed record SyntheticShot(string FileStem, ProjectCode Project, DroneCameraModel Camera, int WidthPx, ShotPose Pose, ShotLook Look, IReadOnlyList<GroundMarker> Markers, string Kind)
{
    /// <summary>The noise seed: a stable hash of the file stem and project code.</summary>
    public ulong Seed => StableRandom.Hash("photo", FileStem, Project.Value);
}
