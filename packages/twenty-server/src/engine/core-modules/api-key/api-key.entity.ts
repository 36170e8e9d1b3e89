import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// An API key is a signed token whose id (jti) must match a row here that is neither revoked nor
// expired, so a key can be withdrawn without rotating APP_SECRET.
@Entity({ name: 'apiKey', schema: 'core' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
