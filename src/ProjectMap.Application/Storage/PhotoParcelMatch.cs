namespace ProjectMap.Application.Storage;

/// <summary>How a photo's footprint meets a project's parcel.</summary>
/// <param name="Sha256">The photo.</param>
/// <param name="ProjectCode">The project whose parcel the footprint intersects.</param>
/// <param name="ParcelCoveredShare">Share of the parcel's area the photo covers, 0 to 1.</param>
/// <param name="PhotoOnParcelShare">Share of the photo's footprint area that lies on the parcel, 0 to 1.</param>
public sealed record PhotoParcelMatch(string Sha256, string ProjectCode, double ParcelCoveredShare, double PhotoOnParcelShare);
