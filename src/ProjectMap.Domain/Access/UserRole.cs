namespace ProjectMap.Domain.Access;

/// <summary>What a user of the web viewer may do; every write is checked against the role and the user's projects.</summary>
public enum UserRole
{
    /// <summary>Reads everything, writes nothing (district leaders, 领导).</summary>
    Leader = 0,

    /// <summary>Uploads photos and edits the ledger of the projects assigned to them only (项目专员).</summary>
    Officer = 1,

    /// <summary>Manages users and projects, and may edit every project (管理员).</summary>
    Admin = 2,
}
