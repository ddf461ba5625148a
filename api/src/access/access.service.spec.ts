import { ForbiddenException } from '../common/domain.exception';
import { Role } from './role.enum';
import { AccessService } from './access.service';
import type { Actor } from './actor';
import { Permission } from './permission';

const actor = (role: Role, regionPath: string | null = null): Actor => ({
  userId: 'u',
  username: 'u',
  sessionId: 's',
  assignments: [{ role, regionId: regionPath ? 'r' : null, regionPath }],
});

describe('AccessService', () => {
  const access = new AccessService();

  it('refuses an anonymous caller with UNAUTHENTICATED', () => {
    expect(() => access.require(undefined, { permission: Permission.CurriculaRead })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('grants only the permissions listed for a role', () => {
    expect(access.can(actor(Role.trainee), { permission: Permission.CurriculaRead })).toBe(true);
    expect(() => access.require(actor(Role.trainee), { permission: Permission.UsersManage })).toThrow(ForbiddenException);
    expect(access.can(actor(Role.admin), { permission: Permission.UsersManage })).toBe(true);
  });

  it('limits a scoped registrar to regions inside its own', () => {
    const registrar = actor(Role.registrar, 'KP-02/');
    expect(access.can(registrar, { permission: Permission.OrganisationsRead, regionPath: 'KP-02/KP-02-PYONGWON/' })).toBe(true);
    expect(access.can(registrar, { permission: Permission.OrganisationsRead, regionPath: 'KP-03/' })).toBe(false);
    // A sibling whose code merely starts with the same characters is not inside.
    expect(access.can(registrar, { permission: Permission.OrganisationsRead, regionPath: 'KP-021/' })).toBe(false);
  });

  it('decides on a resource from its region, owner and assignees in one call', () => {
    const registrar = actor(Role.registrar, 'KP-02/');
    expect(access.requireResource(registrar, Permission.LicencesManage, { regionPath: 'KP-02/X/' })).toBe(registrar);
    expect(() => access.requireResource(registrar, Permission.LicencesManage, { regionPath: 'KP-03/' })).toThrow(ForbiddenException);
    const author = actor(Role.author);
    expect(access.requireResource(author, Permission.RevisionsWrite, { ownerId: 'u' })).toBe(author);
    expect(() => access.requireResource(author, Permission.RevisionsWrite, { ownerId: 'someone else' })).toThrow(ForbiddenException);
    expect(access.requireResource(author, Permission.RevisionsRead, { ownerId: 'someone else', assigneeIds: ['v', 'u'] })).toBe(author);
    expect(() => access.requireResource(author, Permission.RevisionsRead, { assigneeIds: [] })).toThrow(ForbiddenException);
    // The owner still needs the permission.
    expect(() => access.requireResource(actor(Role.trainee), Permission.RevisionsWrite, { ownerId: 'u' })).toThrow(ForbiddenException);
  });
});
