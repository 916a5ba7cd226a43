import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './xyear-in-force.js';

ruleTester(rule, examples);
