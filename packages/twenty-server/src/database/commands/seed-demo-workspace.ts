import { type INestApplicationContext } from '@nestjs/common';

import { UserService } from 'src/engine/core-modules/user/user.service';
import { WorkspaceService } from 'src/engine/core-modules/workspace/workspace.service';
import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';

export const DEMO_USER = {
  email: 'tim@apple.dev',
  password: 'tim@apple.dev-password-1',
  firstName: 'Tim',
  lastName: 'Apple',
};

const DEMO_COMPANIES = [
  { name: 'Linear', domainNamePrimaryLinkUrl: 'https://linear.app', employees: 120 },
  { name: 'Figma', domainNamePrimaryLinkUrl: 'https://figma.com', employees: 1500 },
];

const DEMO_PEOPLE = [
  {
    nameFirstName: 'Karri',
    nameLastName: 'Saarinen',
    emailsPrimaryEmail: 'karri@linear.app',
    jobTitle: 'CEO',
    city: 'San Francisco',
    company: 'Linear',
  },
  {
    nameFirstName: 'Dylan',
    nameLastName: 'Field',
    emailsPrimaryEmail: 'dylan@figma.com',
    jobTitle: 'CEO',
    city: 'San Francisco',
    company: 'Figma',
  },
  {
    nameFirstName: 'Noah',
    nameLastName: 'Levin',
    emailsPrimaryEmail: 'noah@figma.com',
    jobTitle: 'VP Product',
    city: 'New York',
    company: 'Figma',
  },
];

// The demo workspace `npm start` opens on: a user to sign in with and a few CRM contacts, so the
// Whop import lands in a workspace that looks lived in. Seeds nothing twice.
export const seedDemoWorkspace = async (
  app: INestApplicationContext,
): Promise<{ created: boolean }> => {
  const userService = app.get(UserService);

  if (await userService.findByEmail(DEMO_USER.email)) {
    return { created: false };
  }
  const workspace = await app.get(WorkspaceService).createWorkspace('Apple');

  await userService.createUserInWorkspace({ ...DEMO_USER, workspaceId: workspace.id });
  const ormManager = app.get(GlobalWorkspaceOrmManager);
  const companyRepository = await ormManager.getRepository(workspace.id, 'company');
  const personRepository = await ormManager.getRepository(workspace.id, 'person');
  const companies = await companyRepository.save(DEMO_COMPANIES);

  await personRepository.save(
    DEMO_PEOPLE.map(({ company, ...person }) => ({
      ...person,
      companyId: companies.find((candidate) => candidate.name === company)?.id ?? null,
    })),
  );

  return { created: true };
};
