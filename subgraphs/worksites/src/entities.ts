import { Provider } from './provider/provider.entity';
import { WorkSite } from './site/site.entity';
import { Placement } from './placement/placement.entity';
import { AttendanceRecord } from './attendance/attendance.entity';

/** Every table of the worksites database, for MikroORM. */
export const entities = [Provider, WorkSite, Placement, AttendanceRecord];
