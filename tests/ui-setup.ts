// The React views' tests wait for what the user would see (findBy…, waitFor). Testing Library gives up after 1 s by
// default; on a 2-core machine under load a rescoring in jsdom took longer (CI, load 13), and a wait is a guard
// against a hang, not a speed target (speed belongs to `npm run bench`).
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
