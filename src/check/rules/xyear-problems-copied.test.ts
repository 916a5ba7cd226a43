import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './xyear-problems-copied.js';

ruleTester(rule, examples);
