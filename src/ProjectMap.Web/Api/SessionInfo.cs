namespace ProjectMap.Web.Api;

/// <summary>What the viewer knows about its session: who is signed in (if anyone), whether anonymous reading is on, and the antiforgery token for writes.</summary>
/// <param name="Authenticated">True when a user is signed in.</param>
/// <param name="User">The signed-in user, or null.</param>
/// <param name="AnonymousRead">True when the server lets anyone read.</param>
/// <param name="CanRead">True when this session may read the map and the API.</param>
/// <param name="AntiforgeryToken">The token to send in the X-CSRF-TOKEN header with every POST, PUT, PATCH and DELETE.</param>
public sealed record SessionInfo(bool Authenticated, SessionUser? User, bool AnonymousRead, bool CanRead, string? AntiforgeryToken);
