import type { User } from '@echokit-demo/kit';

/** A coloured disc with the person's initials (colours and initials come from the api). */
export function Avatar({
  user,
  size = 'md',
}: {
  user: Pick<User, 'name' | 'initials' | 'color'>;
  size?: 'sm' | 'md';
}) {
  return (
    <span
      className={`avatar avatar-${size}`}
      style={{ background: user.color }}
      title={user.name}
      aria-hidden="true"
    >
      {user.initials}
    </span>
  );
}
