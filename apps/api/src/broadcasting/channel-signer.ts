import type Pusher from 'pusher';

/** The body `/broadcasting/auth` answers with: Laravel's pusher driver response. */
export interface ChannelAuthorization {
  /** `<key>:<hex HMAC-SHA256 of "socket_id:channel_name[:channel_data]">`. */
  auth: string;
  /** Presence only: `{"user_id":…,"user_info":{…}}` as a JSON string, exactly the bytes that were signed. */
  channel_data?: string;
}

/** Presence membership as Laravel sends it: the auth identifier (an integer for us) and the rule's result. */
export interface PresenceMember {
  user_id: number | string;
  user_info: Record<string, unknown>;
}

/** The body `/broadcasting/user-auth` answers with (Pusher user sign-in). */
export interface UserAuthentication {
  /** `<key>:<hex HMAC-SHA256 of "socket_id::user::user_data">`. */
  auth: string;
  /** `{"id":"1",…}` as a JSON string. */
  user_data: string;
}

/** Signs channel subscriptions and user sign-ins for a socket. */
export interface ChannelSigner {
  sign(socketId: string, channelName: string, member?: PresenceMember): ChannelAuthorization;
  /** Signs `pusher:signin` user data; `id` must be a string (the protocol's rule). */
  signUser(socketId: string, user: { id: string; [key: string]: unknown }): UserAuthentication;
}

/** Signs with the pusher SDK's `authorizeChannel`, which is what Laravel's pusher driver calls. */
export class PusherChannelSigner implements ChannelSigner {
  constructor(private readonly pusher: Pusher) {}

  sign(socketId: string, channelName: string, member?: PresenceMember): ChannelAuthorization {
    // The SDK's type says `user_id: string`, but it only JSON-encodes it; Laravel sends integer ids as numbers.
    const data = member as Pusher.PresenceChannelData | undefined;
    const { auth, channel_data } = this.pusher.authorizeChannel(socketId, channelName, data);
    return channel_data === undefined ? { auth } : { auth, channel_data };
  }

  signUser(socketId: string, user: { id: string; [key: string]: unknown }): UserAuthentication {
    return this.pusher.authenticateUser(socketId, user);
  }
}
