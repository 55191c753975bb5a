// The shapes the console reads (rental API: README's tables; platform API: its envelope's data).
export interface AccountInfo {
  username: string;
  balance: string;
  frozen_balance: string;
  available_balance: string;
  prepaid_balance: string;
  suspended_instances: number;
}

export interface LedgerItem {
  entry_id: number;
  time: string | null;
  kind: string;
  amount: string;
  balance_after: string;
  gid: string | null;
  order_uid: string | null;
  period_start: string | null;
  period_end: string | null;
  memo: string;
}

export interface Instance {
  gid: string;
  name: string;
  status: string;
  card_less: boolean;
  gpu_type: string | null;
  gpu_count: number;
  size: { gpu_model: string; gpu_ram: number; cpu: number; memory: number; disk_free: string };
  image: { image_id: string; name: string };
  image_id: string | null;
  room_name: string;
  ip: string;
  port: number | null;
  username: string;
  password: string;
  pay_unit: number | null;
  pay_method: "Day" | "Month" | "Hour" | null;
  create_at: string | null;
  expire_at: string | null;
  operation_in_progress: boolean;
  message: string | null;
}

export interface Product {
  name: string;
  gpu_type: string;
  gpu_model: string;
  room_name: string;
  cpu: number;
  memory: number;
  gpu_ram: number;
  disk_one: number;
  disk_data_one: number;
  disk_cap: number;
  gpu_remain: number;
  price_hour: string;
  price_day: string;
  price_month: string;
  price_cardless_hour: string;
  price_disk_gb_day: string;
}

export interface Image {
  image_id: string;
  name: string;
  scene: string;
  os: string;
  description: string;
  room_name: string;
  status: string;
  size: string | number | null;
  create_at: string | null;
  source_gid?: string | null;
  error?: string | null;
}

export interface BatchAnswer {
  success: string[];
  fails: { gid: string; code: string; message: string }[];
}

/** Amounts are decimal strings with two places; cents avoid float sums. */
export const cents = (s: string): number => Math.round(Number(s) * 100);
export const money = (c: number): string => (c / 100).toFixed(2);
