// A room (region/zone) is named by operators, e.g. "105". The same rule is a CHECK in the schema.
export const ROOM_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
