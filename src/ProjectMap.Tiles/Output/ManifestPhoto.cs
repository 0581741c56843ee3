namespace ProjectMap.Tiles.Output;

/// <summary>A photo as a pyramid's manifest remembers it: enough to know whether it changed and which tiles it touched.</summary>
/// <param name="Id">The photo's identity (SHA-256, or a file stem for single-photo pyramids).</param>
/// <param name="Fingerprint">Fingerprint of its mapping, size and limits (<see cref="Warping.WarpPhoto.Fingerprint"/>).</param>
/// <param name="Name">Its file name, for people reading the manifest.</param>
/// <param name="Georeference">"pose" or "correction (model)".</param>
/// <param name="Footprint">The footprint ring as [longitude, latitude] pairs in degrees.</param>
public sealed record ManifestPhoto(string Id, string Fingerprint, string Name, string Georeference, IReadOnlyList<double[]> Footprint);
